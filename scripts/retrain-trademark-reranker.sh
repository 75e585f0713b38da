#!/usr/bin/env bash
# Rebuilds the shipped default trademark reranker from shipped data only (the sample register in
# src/SearchEngine.Core/Resources/Samples): regenerates the training queries (the twelve single-change
# mechanisms and the five real-conflict shapes, ConfusableMarkGenerator), imports the sample into a scratch
# index, trains (LightGBM LambdaRank; installed only if it beats the fused score on the held-out queries)
# and copies the model into Resources/Ranking. Then it checks the default ranking (the model, bounded by
# ConflictSearch.RerankMargin) against the fused order on a register five times the training size, generated
# from the shipped word lists with another seed: the two last lines must show default >= fused.
# Run it after any change to TrademarkFeatures, from anywhere:
#     scripts/retrain-trademark-reranker.sh [SCRATCH_DIR]
# About 5 minutes on 2 cores (train ~3.5, check ~1.5).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${1:-$(mktemp -d)}"
resources="$root/src/SearchEngine.Core/Resources"
build() { dotnet build "$root/src/SearchEngine.Cli" -c Release -v quiet -nologo >/dev/null; }
build
se="$root/src/SearchEngine.Cli/bin/Release/net10.0/searchengine"
"$se" generate trademark-queries --elements --count 1020 --seed 7 --out "$resources/Ranking/trademarks-training-queries.jsonl.gz"
rm -rf "$scratch/index"
"$se" import trademarks --index "$scratch/index" "$resources/Samples/trademarks-sample.jsonl.gz"
"$se" train trademarks --index "$scratch/index" --queries "$resources/Ranking/trademarks-training-queries.jsonl.gz"
cp "$scratch/index/models/trademarks/reranker.json" "$resources/Ranking/trademarks-reranker.json"
echo "installed $resources/Ranking/trademarks-reranker.json"
build # embeds the new model, which the check below must use (the check's index has no model of its own)

"$se" generate trademarks --count 50000 --seed 5 --out "$scratch/reg50k.jsonl.gz"
rm -rf "$scratch/idx50"
"$se" import trademarks --index "$scratch/idx50" "$scratch/reg50k.jsonl.gz" | tail -1
"$se" generate trademark-queries --register "$scratch/reg50k.jsonl.gz" --elements --count 510 --seed 99 --out "$scratch/q50.jsonl.gz"
"$se" eval trademarks --index "$scratch/idx50" --queries "$scratch/q50.jsonl.gz" | grep -E '^\[|^overall'
