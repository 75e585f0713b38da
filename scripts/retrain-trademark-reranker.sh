#!/usr/bin/env bash
# Rebuilds the shipped default trademark reranker from shipped data only: the sample register in
# src/SearchEngine.Core/Resources/Samples and registers generated from the same shipped word lists.
# It regenerates the sample's training queries (the twelve single-change mechanisms and the five real-conflict
# shapes, ConfusableMarkGenerator), generates two larger training registers (50,000 and 200,000 marks, seeds
# 3 and 4) with their own queries, imports the three into scratch indexes and trains one model on the groups of
# all three (LightGBM LambdaRank; installed only if it beats the fused score on the held-out queries), so the
# model learns what separates a conflict from its neighbours at several register sizes, not at one. It copies
# the model into Resources/Ranking, rebuilds to embed it, then checks the default ranking (the model, bounded
# by ConflictQuery.DefaultRerankMargin) against the fused order on a 50,000-mark register generated with
# another seed (5): the two last lines must show default >= fused.
# Run it after any change to TrademarkFeatures, from anywhere:
#     scripts/retrain-trademark-reranker.sh [SCRATCH_DIR]
# About 6 minutes on 2 cores.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${1:-$(mktemp -d)}"
resources="$root/src/SearchEngine.Core/Resources"
build() { dotnet build "$root/src/SearchEngine.Cli" -c Release -v quiet -nologo >/dev/null; }
build
se="$root/src/SearchEngine.Cli/bin/Release/net10.0/searchengine"
"$se" generate trademark-queries --elements --count 1020 --seed 7 --out "$resources/Ranking/trademarks-training-queries.jsonl.gz"
rm -rf "$scratch/index"
"$se" import trademarks --index "$scratch/index" "$resources/Samples/trademarks-sample.jsonl.gz" | tail -1
also=""
for size in "50000 3" "200000 4"; do
  set -- $size
  name="train$(( $1 / 1000 ))k"
  "$se" generate trademarks --count "$1" --seed "$2" --out "$scratch/$name.jsonl.gz"
  rm -rf "$scratch/$name"
  "$se" import trademarks --index "$scratch/$name" "$scratch/$name.jsonl.gz" | tail -1
  "$se" generate trademark-queries --register "$scratch/$name.jsonl.gz" --elements --count 510 --seed "$(( $2 + 10 ))" --out "$scratch/$name-queries.jsonl.gz"
  also="$also${also:+,}$scratch/$name=$scratch/$name-queries.jsonl.gz"
done
"$se" train trademarks --index "$scratch/index" --queries "$resources/Ranking/trademarks-training-queries.jsonl.gz" --also "$also"
cp "$scratch/index/models/trademarks/reranker.json" "$resources/Ranking/trademarks-reranker.json"
echo "installed $resources/Ranking/trademarks-reranker.json"
build # embeds the new model, which the check below must use (the check's index has no model of its own)

"$se" generate trademarks --count 50000 --seed 5 --out "$scratch/reg50k.jsonl.gz"
rm -rf "$scratch/idx50"
"$se" import trademarks --index "$scratch/idx50" "$scratch/reg50k.jsonl.gz" | tail -1
"$se" generate trademark-queries --register "$scratch/reg50k.jsonl.gz" --elements --count 510 --seed 99 --out "$scratch/q50.jsonl.gz"
"$se" eval trademarks --index "$scratch/idx50" --queries "$scratch/q50.jsonl.gz" | grep -E '^\[|^overall'
