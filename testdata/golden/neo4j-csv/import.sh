#!/bin/sh
# Imports the CSV files beside this script into an empty database with
# neo4j-admin (Neo4j 5): ./import.sh [DATABASE]   (default: neo4j)
# The DBMS must be stopped, or the database must not exist yet; add
# --overwrite-destination=true to replace an existing one. The import makes
# no constraints: run constraints.cypher once the database is started.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
exec neo4j-admin database import full "${1:-neo4j}" \
  --array-delimiter='|' \
  --multiline-fields=true \
  --nodes="$here/documents.csv" \
  --nodes="$here/entities.csv" \
  --relationships="$here/mentioned_in.csv" \
  --relationships="$here/relations.csv"
