#!/usr/bin/env bash
# The Newtonsoft.Json figures of docs/performance.md: runs benchmarks/real-project-cost.sh on Newtonsoft.Json's own
# source (Src/Newtonsoft.Json, 240 files) at a pinned commit, compiled for net10.0 by a small wrapper project with the
# defines of its net8.0 target (its own project multi-targets .NET Framework and signs; LangVersion 9, nullable and
# documentation file as its own). Nothing of Newtonsoft.Json is kept in this repository: the source is unpacked into
# a temporary folder, removed at the end.
# Usage: benchmarks/newtonsoft-json.sh NEWTONSOFT_GIT_DIR [--runs N] [--baseline REPO]   (options: real-project-cost.sh)
#   NEWTONSOFT_GIT_DIR: a clone, bare or not, of github.com/JamesNK/Newtonsoft.Json that holds the pinned commit, e.g.
#   git clone --bare https://github.com/JamesNK/Newtonsoft.Json.git /tmp/newtonsoft.git
set -euo pipefail
if [ $# -lt 1 ]; then sed -n '2,9p' "$0"; exit 2; fi
commit=09bb545d72969ad7fb4ea07db0d5c34f4fc07877 # "Remove .NET Standard 1.x support (#3125)"
repo=$(realpath "$1"); shift
work=$(mktemp -d "${TMPDIR:-/tmp}/newtonsoft-json-XXXXXX")
trap 'rm -rf "$work"' EXIT

git -C "$repo" archive --prefix=Src/Newtonsoft.Json/ "$commit:Src/Newtonsoft.Json" | tar -x -C "$work"
defines=$(sed -n "/Condition=\"'\$(TargetFramework)'=='net8.0'\"/,/<\/PropertyGroup>/p" "$work/Src/Newtonsoft.Json/Newtonsoft.Json.csproj" \
  | sed -n 's:.*<DefineConstants>\(.*\);$(AdditionalConstants)</DefineConstants>.*:\1:p')
[ -n "$defines" ] || { echo "no net8.0 DefineConstants in Newtonsoft.Json.csproj at $commit" >&2; exit 1; }
cat > "$work/NewtonsoftJson.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <LangVersion>9.0</LangVersion>
    <Nullable>enable</Nullable>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <AssemblyName>Newtonsoft.Json</AssemblyName>
    <RootNamespace>Newtonsoft.Json</RootNamespace>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
    <DefineConstants>\$(DefineConstants);$defines</DefineConstants>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="Src/Newtonsoft.Json/**/*.cs" />
  </ItemGroup>
</Project>
PROJECT
echo "Newtonsoft.Json $commit: $(find "$work/Src/Newtonsoft.Json" -name '*.cs' | wc -l) files"
"$(dirname "$0")/real-project-cost.sh" "$work/NewtonsoftJson.csproj" "$@"
