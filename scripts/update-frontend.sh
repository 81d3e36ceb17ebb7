#!/usr/bin/env bash
# Refreshes the vendored front-end files from the versions pinned in package-lock.json, so the
# build itself needs only a JDK. Run after changing package.json, then commit the copied files.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
cp node_modules/nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css node_modules/nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.js \
   src/main/resources/static/nhsuk/
# The Frutiger web fonts come from assets.nhs.uk, which the Content-Security-Policy does not allow (and which
# costs residents on small data plans ~100 KB): drop the @font-face rules, so pages use the stack's Arial.
sed -E -i 's/@font-face\{[^}]*\}//g' src/main/resources/static/nhsuk/nhsuk-frontend.min.css
rm -rf src/main/resources/static/assets && mkdir -p src/main/resources/static/assets
cp -r node_modules/nhsuk-frontend/dist/nhsuk/assets/. src/main/resources/static/assets/
cp node_modules/axe-core/axe.min.js src/test/resources/axe/axe.min.js
echo "Copied nhsuk-frontend $(node -p "require('./node_modules/nhsuk-frontend/package.json').version") and axe-core $(node -p "require('./node_modules/axe-core/package.json').version")"
