#!/usr/bin/env bash
# Proves a user can adopt the package as the READMEs say: packs Scandal.Core to a local folder, checks the package
# (README, LICENSE, CHANGELOG, icon, no FuzzySharp, no repository URL, sources embedded in the symbols, no local paths),
# creates a fresh console project that installs the package from that folder (not the project), and compiles and runs
# the quick start, DI and fuzzy snippets extracted verbatim from both READMEs, on .NET 10 and, self-contained, on .NET 8.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
feed="$work/packages"
version=0.1.0

say() { echo "adoption: $*"; }
die() { echo "adoption: FAILED: $*"; exit 1; }

# A snippet: the fenced block between <!-- snippet: NAME --> and <!-- /snippet --> (or <!-- output: NAME -->).
extract() { # file kind name
  awk -v start="<!-- $2: $3 -->" -v stop="<!-- /$2 -->" '
    $0 == start { inside = 1; next }
    inside && $0 == stop { exit }
    inside && /^```/ { next }
    inside { print }' "$1"
}

for name in quickstart di fuzzy; do
  extract src/Scandal.Core/README.md snippet "$name" > "$work/$name.cs"
  extract README.md snippet "$name" > "$work/$name.root.cs"
  [[ -s "$work/$name.cs" ]] || die "no '$name' snippet in src/Scandal.Core/README.md"
  cmp -s "$work/$name.cs" "$work/$name.root.cs" || die "the '$name' snippet differs between README.md and src/Scandal.Core/README.md"
done
extract src/Scandal.Core/README.md output fuzzy > "$work/fuzzy.expected"
extract README.md output fuzzy | cmp -s - "$work/fuzzy.expected" || die "the fuzzy output differs between the READMEs"

say "pack (the README's command, into a temporary folder)"
dotnet pack src/Scandal.Core -c Release -o "$feed" -p:ContinuousIntegrationBuild=true -v q -nologo
nupkg="$feed/Scandal.Core.$version.nupkg"
snupkg="$feed/Scandal.Core.$version.snupkg"
[[ -f "$nupkg" && -f "$snupkg" ]] || die "pack did not produce Scandal.Core.$version.nupkg and .snupkg"

say "package contents"
mkdir "$work/nupkg"
(cd "$work/nupkg" && unzip -q "$nupkg")
for f in README.md LICENSE CHANGELOG.md icon.png lib/net8.0/Scandal.Core.dll lib/net10.0/Scandal.Core.dll lib/net8.0/Scandal.Core.xml; do
  [[ -f "$work/nupkg/$f" ]] || die "the package lacks $f"
done
cmp -s "$work/nupkg/README.md" src/Scandal.Core/README.md || die "the packed README is not src/Scandal.Core/README.md"
nuspec="$work/nupkg/Scandal.Core.nuspec"
grep -qi fuzzysharp "$nuspec" && die "the package depends on FuzzySharp"
grep -qiE "<(repository[^>]*url=|projectUrl)" "$nuspec" && die "the package names a repository or project URL (the project has none yet)"
grep -q "<releaseNotes>" "$nuspec" || die "no release notes in the nuspec"
grep -q '<license type="expression">MIT</license>' "$nuspec" || die "no MIT licence expression"
grep -aq "$root" "$work/nupkg/lib/net8.0/Scandal.Core.dll" && die "the assembly holds the local path $root"

say "fresh console project, package from the local folder"
packages_root="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
rm -rf "$packages_root/scandal.core/$version" # never a stale copy of this version from an earlier run
app="$work/app"
dotnet new console -o "$app" --framework net10.0 -v q >/dev/null
cp -r seeds "$app/seeds"
cd "$app"
dotnet add package Scandal.Core --version "$version" --source "$feed" >/dev/null
dotnet add package Microsoft.Extensions.DependencyInjection >/dev/null
grep -q "ProjectReference" app.csproj && die "the app references a project"

# The symbols: every document's source embedded, and no path of this machine.
cat > Program.cs <<'CS'
using System.IO.Compression;
using System.Reflection.Metadata;

using var zip = ZipFile.OpenRead(args[0]);
var entry = zip.Entries.First(e => e.FullName == "lib/net10.0/Scandal.Core.pdb");
using var stream = new MemoryStream();
using (var s = entry.Open()) s.CopyTo(stream);
stream.Position = 0;
using var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
var reader = provider.GetMetadataReader();
var embedded = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
int documents = 0, withSource = 0, local = 0;
foreach (var handle in reader.Documents)
{
    documents++;
    var name = reader.GetString(reader.GetDocument(handle).Name);
    if (name.StartsWith(args[1], StringComparison.Ordinal)) local++;
    foreach (var cdi in reader.GetCustomDebugInformation(handle))
        if (reader.GetGuid(reader.GetCustomDebugInformation(cdi).Kind) == embedded) withSource++;
}
Console.WriteLine($"{documents} documents, {withSource} with embedded source, {local} with a local path");
return documents > 0 && withSource == documents && local == 0 ? 0 : 1;
CS
dotnet run -c Release -- "$snupkg" "$root" || die "the symbols lack embedded sources or hold local paths"

seeds=$(ls seeds/*.txt | wc -l)
check_quickstart() {
  [[ $(wc -l < "$1") -eq $seeds ]] || die "quick start: expected $seeds lines, got: $(cat "$1")"
  grep -qvE '^[^ ]+: ([01]\.[0-9]{3})?$' "$1" && die "quick start: unexpected line in: $(cat "$1")"
  [[ -s report.md ]] || die "quick start: no report.md"
  python3 -m json.tool report.json >/dev/null || die "quick start: report.json is not JSON"
  rm -f report.md report.json
}
check_di() { [[ "$(cat "$1")" == "$seeds outlets checked" ]] || die "DI: expected '$seeds outlets checked', got: $(cat "$1")"; }
check_fuzzy() { diff -u "$work/fuzzy.expected" "$1" || die "fuzzy: output differs from the README's"; }

for name in quickstart di fuzzy; do
  say "snippet '$name' on .NET 10"
  cp "$work/$name.cs" Program.cs
  dotnet run -c Release > "$work/$name.out" || die "snippet '$name' failed to build or run"
  "check_$name" "$work/$name.out"
done

say "the same snippets on a .NET 8 runtime (net8.0, self-contained from the registry's runtime pack)"
sed -i 's#<TargetFramework>net10.0</TargetFramework>#<TargetFramework>net8.0</TargetFramework><RuntimeIdentifier>linux-x64</RuntimeIdentifier><SelfContained>true</SelfContained>#' app.csproj
for name in quickstart di fuzzy; do
  cp "$work/$name.cs" Program.cs
  dotnet publish -c Release -o "$work/out8" -v q -nologo >/dev/null || die "snippet '$name' failed to publish for net8.0"
  grep -q '"version": "8\.' "$work/out8/app.runtimeconfig.json" || die "the net8.0 app does not carry a .NET 8 runtime"
  "$work/out8/app" > "$work/$name.out8" || die "snippet '$name' failed on .NET 8"
  "check_$name" "$work/$name.out8"
  if [[ $name == quickstart ]]; then
    # Every corpus article through the whole pipeline on .NET 8 too: patterns that run only on some text (other
    # languages, translation cues) must also build their automata within .NET 8's limits.
    mkdir -p "$work/corpus8"
    for dir in "$root"/tests/corpus/statements/*/ "$root"/tests/corpus/speakers; do
      rm -f "$work/corpus8/seeds" && ln -s "$dir" "$work/corpus8/seeds"
      (cd "$work/corpus8" && "$work/out8/app" > /dev/null) || die "the quick start failed on .NET 8 over $dir"
      corpora=$((${corpora:-0} + 1))
    done
    say "quick start on .NET 8 over $corpora corpus folders"
  fi
done
say "ok ($seeds articles; .NET 10 and $(grep -o '"version": "8[^"]*"' "$work/out8/app.runtimeconfig.json" | head -1))"
