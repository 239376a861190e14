# One image for the API, the worker and the migration job; the command picks which.
# Node 24 ("Krypton"), the current LTS line: Node 20 reached its end of life on 30 April 2026.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The web workspace's built files, served by the API at / (docs/adr/0009-web-workspace.md).
COPY --from=build /app/apps/web/dist ./apps/web/dist
USER node
CMD ["node", "dist/apps/api/src/main.js"]
