#!/usr/bin/env bash
# Rebuilds the shipped default trademark reranker from shipped data only (the sample register in
# src/SearchEngine.Core/Resources/Samples): regenerates the training queries (the twelve single-change
# mechanisms and the five real-conflict shapes, ConfusableMarkGenerator), imports the sample into a scratch
# index, trains (LightGBM LambdaRank; installed only if it beats the fused score on the held-out queries)
# and copies the model into Resources/Ranking. Run it after any change to TrademarkFeatures, from anywhere:
#     scripts/retrain-trademark-reranker.sh [SCRATCH_DIR]
# About 3 minutes on 2 cores. Then rebuild, so the new model is embedded.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${1:-$(mktemp -d)}"
resources="$root/src/SearchEngine.Core/Resources"
dotnet build "$root/src/SearchEngine.Cli" -c Release -v quiet -nologo >/dev/null
se="$root/src/SearchEngine.Cli/bin/Release/net10.0/searchengine"
"$se" generate trademark-queries --elements --count 1020 --seed 7 --out "$resources/Ranking/trademarks-training-queries.jsonl.gz"
rm -rf "$scratch/index"
"$se" import trademarks --index "$scratch/index" "$resources/Samples/trademarks-sample.jsonl.gz"
"$se" train trademarks --index "$scratch/index" --queries "$resources/Ranking/trademarks-training-queries.jsonl.gz"
cp "$scratch/index/models/trademarks/reranker.json" "$resources/Ranking/trademarks-reranker.json"
echo "installed $resources/Ranking/trademarks-reranker.json; rebuild to embed it"
