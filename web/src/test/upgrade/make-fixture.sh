#!/usr/bin/env bash
# Makes the database fixture UpgradeIT starts the current build on: the release of a tag, built in
# a worktree of its own, run once on an H2 file database with its demo data, and that database
# written out as an H2 SQL script (zipped) with what a few reads answered then.
#   web/src/test/upgrade/make-fixture.sh v0.20.0
# writes web/src/test/resources/upgrade/<tag>.sql.zip and <tag>.properties. Needs a JDK 21+ and Maven.
set -euo pipefail
tag=${1:?usage: make-fixture.sh <tag>}
root=$(git rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'kill "${server:-0}" 2>/dev/null || true; git -C "$root" worktree remove --force "$work/src" 2>/dev/null || true; rm -rf "$work"' EXIT
git -C "$root" worktree add --detach "$work/src" "$tag" >/dev/null
(cd "$work/src" && mvn -B -q -DskipTests package)
war=$(ls "$work"/src/web/target/fieldstock.war)
payara=$(ls "$work"/src/web/target/payara-micro.jar)
h2=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | grep -v sources | sort -V | tail -1)
db="$work/db/fieldstock"
port=18321
FIELDSTOCK_DB_URL="jdbc:h2:file:$db" FIELDSTOCK_DB_USER=fieldstock FIELDSTOCK_DB_PASSWORD=fieldstock \
FIELDSTOCK_DB_DATASOURCE=org.h2.jdbcx.JdbcDataSource FIELDSTOCK_DEMO_DATA=true \
    java -jar "$payara" --deploy "$war" --port $port --nocluster \
    --prebootcommandfile "$work/src/web/src/main/payara/preboot-commands.txt" \
    --postdeploycommandfile "$work/src/web/src/main/payara/postdeploy-commands.txt" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 240); do
    curl -fs "http://localhost:$port/health/ready" >/dev/null 2>&1 && break
    sleep 1
done
curl -fs "http://localhost:$port/health/ready" >/dev/null
read_back() { curl -fs -u planner:demo "http://localhost:$port/api/$1"; }
out="$root/web/src/test/resources/upgrade"
mkdir -p "$out"
{
    echo "# what release $tag answered on its demo data, for UpgradeIT to read back after the upgrade"
    echo "release=$tag"
    echo "onHand.ZBET-G=$(read_back stores/ZBET-G/on-hand | tr -d '\n')"
    echo "documents.ZBET-G=$(curl -fsI -u planner:demo "http://localhost:$port/api/documents?store=ZBET-G&size=1" | tr -d '\r' | sed -n 's/^[Xx]-[Tt]otal-[Cc]ount: //p')"
    echo "stockCheck=$(read_back stock-check | tr -d '\n')"
} > "$out/$tag.properties"
kill $server
wait $server 2>/dev/null || true
java -cp "$h2" org.h2.tools.Script -url "jdbc:h2:file:$db" -user fieldstock -password fieldstock \
    -script "$out/$tag.sql.zip" -options compression zip
echo "wrote $out/$tag.sql.zip and $tag.properties"
