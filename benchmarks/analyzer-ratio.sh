#!/usr/bin/env bash
# Budget 1 (docs/performance.md): generates a synthetic consumer of N files (default 500) in memory, runs every
# SparkAds analyzer and Roslyn's IDE0010 + IDE0072 analyzers over the same compilation, prints the ratio and
# the share of the compile. Usage: benchmarks/analyzer-ratio.sh [files]
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run -c Release --project benchmarks/SparkAds.Analyzers.Benchmarks -nodeReuse:false -p:UseSharedCompilation=false -- analyzers "$@"
