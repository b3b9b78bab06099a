# syntax=docker/dockerfile:1
# TempoClone: published for one platform with ReadyToRun, run on the ASP.NET runtime as a non-root user with a
# read-only root filesystem (only /app/data, the volume, and /tmp are written).
#   docker build -t tempoclone .                                               # linux-x64
#   docker buildx build --platform linux/arm64 -t tempoclone:arm64 .           # the second tag, linux-arm64
#   docker run -p 8080:8080 --read-only --tmpfs /tmp -v tempoclone-data:/app/data -e AllowedHosts=news.example.com tempoclone

# The SDK runs on the build machine's platform and publishes for the target's (crossgen2 compiles across).
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH=amd64
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/TempoClone.Web/TempoClone.Web.csproj src/TempoClone.Web/
COPY deploy/publish.sh deploy/
RUN case "$TARGETARCH" in amd64) echo linux-x64 ;; arm64) echo linux-arm64 ;; *) echo "unsupported architecture $TARGETARCH" >&2; exit 1 ;; esac > /rid \
    && dotnet restore src/TempoClone.Web/TempoClone.Web.csproj -r "$(cat /rid)" -p:PublishReadyToRun=true
COPY src/ src/
COPY wwwroot/ wwwroot/
COPY seed-articles/ seed-articles/
# The publish output carries wwwroot/ and seed-articles/ beside the DLL (see TempoClone.Web.csproj).
RUN deploy/publish.sh "$(cat /rid)" /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The database, media and data-protection keys live in /app/data: the one volume to keep and back up, and with /tmp
# the only place the app writes (run it with --read-only and a tmpfs on /tmp; compose does).
RUN mkdir -p /app/data && chown app:app /app/data
USER app
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_EnableDiagnostics=0
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["dotnet", "TempoClone.Web.dll", "--health-probe"]
ENTRYPOINT ["dotnet", "TempoClone.Web.dll"]
