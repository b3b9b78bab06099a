# syntax=docker/dockerfile:1
# TempoClone: build with the SDK, run on the ASP.NET runtime as a non-root user.
#   docker build -t tempoclone .
#   docker run -p 8080:8080 -v tempoclone-data:/app/data -e AllowedHosts=news.example.com tempoclone

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/TempoClone.Web/TempoClone.Web.csproj src/TempoClone.Web/
RUN dotnet restore src/TempoClone.Web/TempoClone.Web.csproj
COPY src/ src/
COPY wwwroot/ wwwroot/
COPY seed-articles/ seed-articles/
# The publish output carries wwwroot/ and seed-articles/ beside the DLL (see TempoClone.Web.csproj).
RUN dotnet publish src/TempoClone.Web/TempoClone.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The database, media and data-protection keys live in /app/data: the one volume to keep and back up.
RUN mkdir -p /app/data && chown app:app /app/data
USER app
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["dotnet", "TempoClone.Web.dll", "--health-probe"]
ENTRYPOINT ["dotnet", "TempoClone.Web.dll"]
