# syntax=docker/dockerfile:1
# SCO Briefing Bot: the esbuild bundle on Node.js 20, run as the unprivileged `node` user.
# docs/deploy.md walks through building and running it, alone or with compose.yaml.

# --- build: install everything, bundle, then drop the dev dependencies ---
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles when no prebuilt binary fits: the toolchain stays in this stage only.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY commands ./commands
COPY data ./data
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# --- run: the bundle, its production dependencies and the curated data ---
FROM node:20-bookworm-slim AS run
ENV NODE_ENV=production \
    HEALTH_PORT=9090 \
    SLACK_PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/data ./data
# The pictures' font subsets (src/pictures/fonts.ts reads assets/fonts at run time).
COPY assets ./assets
# The SQLite file lives here when DATABASE_URL is unset (mount a volume to keep it).
RUN mkdir -p /app/var && chown node:node /app/var
USER node
EXPOSE 3000 9090
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.HEALTH_PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist/main.js"]
