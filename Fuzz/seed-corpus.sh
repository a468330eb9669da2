#!/usr/bin/env bash
# Builds the seed corpus of each fuzzing target into OUT/<Target>/ (OUT defaults to
# .build-fuzz/seeds), from the repository's own inputs, so that no seed is a committed copy:
#   FuzzScenario   scenarios/*.yaml, every YAML file under Tests/**/Fixtures, Fuzz/seeds/scenario/
#   FuzzPriceBook  every book under pricing/ (its three files joined by the 0x1C byte), Fuzz/seeds/pricebook/
#   FuzzSeries     every CSV file under Tests/**/Fixtures, Fuzz/seeds/series/
# and, for every target, the inputs it once crashed on (Tests/StreamCostCLITests/Hostile/fuzz-found/<Target>/),
# so that each fuzzing run, the CI smoke included, first checks that they still read cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build-fuzz/seeds}
rm -rf "$out"
mkdir -p "$out"/{FuzzScenario,FuzzPriceBook,FuzzSeries}

# Copies each file to DIR under a name made from its path, so that equal base names do not collide.
copy_into() {
  local dir=$1; shift
  for file in "$@"; do cp "$file" "$dir/$(echo "$file" | tr / _)"; done
}

mapfile -t fixtures_yaml < <(find Tests -path '*/Fixtures/*' -type f \( -name '*.yaml' -o -name '*.yml' \) | sort)
mapfile -t fixtures_csv < <(find Tests -path '*/Fixtures/*' -type f -name '*.csv' | sort)
copy_into "$out/FuzzScenario" scenarios/*.yaml "${fixtures_yaml[@]}" Fuzz/seeds/scenario/*.yaml
copy_into "$out/FuzzSeries" "${fixtures_csv[@]}" Fuzz/seeds/series/*.csv

find pricing -name book.csv | sort | while read -r book; do
  folder=$(dirname "$book")
  { cat "$folder/book.csv"; printf '\x1c'; cat "$folder/instances.csv"; printf '\x1c'; cat "$folder/rates.csv"
    printf '\x1c'; cat "$folder/facts.csv"; } \
    >"$out/FuzzPriceBook/$(echo "$folder" | tr / _)"
done
copy_into "$out/FuzzPriceBook" Fuzz/seeds/pricebook/*.book
found=Tests/StreamCostCLITests/Hostile/fuzz-found
for target in FuzzScenario FuzzPriceBook FuzzSeries; do
  [ -d "$found/$target" ] && find "$found/$target" -type f -exec cp {} "$out/$target/" \;
  echo "seed corpus $target: $(find "$out/$target" -type f | wc -l) files"
done
