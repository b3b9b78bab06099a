#!/usr/bin/env python3
"""Checks deploy/compose.yaml without a Docker engine or compose client: it parses, uses only keys of the Compose
specification at the levels this file uses, names only services, volumes and networks it declares, every ${VAR} is
in deploy/.env.example, and the app services run read-only with /tmp on tmpfs and their data on the volume.
Where a compose client exists, `docker compose config` is the fuller check.
Ends with a summary line in dotnet test's form; exit 1 on a failure."""
import os
import re
import sys

import yaml

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
COMPOSE = os.path.join(ROOT, "deploy", "compose.yaml")
ENV_EXAMPLE = os.path.join(ROOT, "deploy", ".env.example")

TOP = {"name", "services", "networks", "volumes", "configs", "secrets", "include"}
SERVICE = {"build", "image", "restart", "depends_on", "environment", "volumes", "stop_grace_period", "networks", "ports",
           "command", "healthcheck", "read_only", "tmpfs", "user", "env_file", "deploy", "entrypoint", "cap_drop",
           "security_opt", "expose", "labels", "logging", "init", "stop_signal", "ulimits"}
BUILD = {"context", "dockerfile", "args", "target", "platforms", "tags"}
HEALTHCHECK = {"test", "interval", "timeout", "retries", "start_period", "disable"}
DEPENDS_CONDITIONS = {"service_started", "service_healthy", "service_completed_successfully"}
RESTART = {"no", "always", "on-failure", "unless-stopped"}

failures, passed = [], 0


def check(ok, what):
    global passed
    if ok:
        passed += 1
        print(f"check-compose: ok   {what}")
    else:
        failures.append(what)
        print(f"check-compose: FAIL {what}")


text = open(COMPOSE).read()
compose = yaml.safe_load(text)
check(isinstance(compose, dict), "compose.yaml parses as a mapping")
check(all(k in TOP or k.startswith("x-") for k in compose), f"top-level keys are Compose's: {sorted(compose)}")
services = compose.get("services", {})
declared_volumes = set(compose.get("volumes") or {})
declared_networks = set(compose.get("networks") or {})

for name, service in services.items():
    unknown = set(service) - SERVICE
    check(not unknown, f"{name}: keys are Compose service keys" + (f" (unknown: {sorted(unknown)})" if unknown else ""))
    check("image" in service or "build" in service, f"{name}: has an image or a build")
    if "build" in service:
        check(set(service["build"]) <= BUILD, f"{name}: build keys")
        dockerfile = os.path.join(os.path.dirname(COMPOSE), service["build"]["context"], service["build"].get("dockerfile", "Dockerfile"))
        check(os.path.isfile(dockerfile), f"{name}: build's Dockerfile exists ({os.path.normpath(dockerfile)})")
    if "restart" in service:
        check(service["restart"] in RESTART, f"{name}: restart policy {service['restart']}")
    depends = service.get("depends_on", {})
    targets = depends if isinstance(depends, list) else list(depends)
    check(all(t in services and t != name for t in targets), f"{name}: depends_on names other services ({targets})")
    if isinstance(depends, dict):
        check(all(v.get("condition") in DEPENDS_CONDITIONS for v in depends.values()), f"{name}: depends_on conditions")
        for target, v in depends.items():
            if v.get("condition") == "service_healthy":
                healthy = "healthcheck" in services.get(target, {}) or "build" in services.get(target, {})  # the image's HEALTHCHECK
                check(healthy, f"{name}: waits for {target} to be healthy, and {target} has a health check")
    if "healthcheck" in service:
        check(set(service["healthcheck"]) <= HEALTHCHECK, f"{name}: healthcheck keys")
    for volume in service.get("volumes", []):
        source = volume.split(":")[0]
        if not source.startswith((".", "/")):
            check(source in declared_volumes, f"{name}: volume {source} is declared")
        else:
            check(os.path.exists(os.path.join(os.path.dirname(COMPOSE), source)), f"{name}: bind mount {source} exists")
    networks = service.get("networks", [])
    check(all(n in declared_networks for n in networks), f"{name}: networks are declared ({list(networks)})")
    env = service.get("environment", {})
    check(isinstance(env, dict) and all(isinstance(v, (str, int, bool)) for v in env.values()), f"{name}: environment is a map of scalars")

apps = [n for n, s in services.items() if "build" in s]
check(len(apps) == 2, f"two app instances ({apps})")
for name in apps:
    service = services[name]
    check(service.get("read_only") is True, f"{name}: read-only root filesystem")
    check("/tmp" in (service.get("tmpfs") or []), f"{name}: /tmp on tmpfs")
    check(any(v.endswith(":/app/data") for v in service.get("volumes", [])), f"{name}: /app/data on a volume")
    check("Security__KnownProxies__0" in service["environment"], f"{name}: trusts only nginx's forwarded headers")

# Every variable the file interpolates is documented in .env.example, and every secret says what to set.
example = {line.split("=", 1)[0] for line in open(ENV_EXAMPLE) if re.match(r"^[A-Z_]+=", line)}
used = set(re.findall(r"\$\{([A-Z_]+)", text))
check(used <= example, f"every ${{VAR}} is in .env.example (missing: {sorted(used - example)})")
for secret in ("POSTGRES_PASSWORD", "REDIS_PASSWORD"):
    check(re.search(r"\$\{" + secret + r":\?", text) is not None, f"{secret} is required (${{{secret}:?…}})")

print(f"{'Failed' if failures else 'Passed'}!  - Failed: {len(failures)}, Passed: {passed}, Skipped: 0, Total: {passed + len(failures)} - check-compose.py")
sys.exit(1 if failures else 0)
