# The GraphBuilder worker image (used by docker-compose.yml).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# npm installs the report's graph library (src/GraphBuilder.Report/Web/package-lock.json) during the build.
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/GraphBuilder.Worker -c Release -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /app .
ENTRYPOINT ["dotnet", "GraphBuilder.Worker.dll"]
