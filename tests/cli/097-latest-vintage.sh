# backends: sqlite postgres
# The latest-vintage rule (README "Storage"; series/reads.c, fed by both
# backends): of each figure (series, kind, period, base) show keeps the rows
# with the greatest as_of at or before --as-of, all of them when several
# share it (two sources, two qualifiers), ordered by qualifier and then by
# source name, never by arrival. Expected tables are written by hand from
# that rule; the same script runs on SQLite and PostgreSQL.
. "$GS_TOP/tests/cli/lib.sh"

# Rows arrive in an order that is neither as_of nor source order.
cat >"$T/a.csv" <<'CSV'
series,period,kind,value,unit,qualifier,as_of,source,note
v.x,2024,level,120,jobs,,2024-03-01,beta,
v.x,2024,level,100,jobs,,2024-01-10,beta,
v.x,2023,level,95,jobs,under,2024-02-01,beta,
v.x,2024,level,118,jobs,,2024-03-01,alpha,
v.x,2023,level,80,jobs,,2024-01-05,alpha,
v.x,2023,level,90,jobs,over,2024-02-01,beta,
CSV
run "$GS" -q init
run "$GS" -q ingest "$T/a.csv"
expect_rc 0 "ingest"

H='period,kind,qualifier,value,unit,base,as_of,source,note,series'
# show_is DESC WANT ARGS...: show v.x as CSV equals WANT
show_is() {
	desc=$1 want=$2
	shift 2
	run "$GS" show v.x --format csv "$@"
	expect_eq "$(cat "$T/out")" "$want" "$desc"
}

# 2023: vintage 2024-02-01 (two qualifiers) replaces 2024-01-05;
# 2024: vintage 2024-03-01 from alpha and beta, alpha first.
show_is "latest: ties kept, by qualifier then source" "$H
2023,level,over,90,jobs,,2024-02-01,beta,,v.x
2023,level,under,95,jobs,,2024-02-01,beta,,v.x
2024,level,,118,jobs,,2024-03-01,alpha,,v.x
2024,level,,120,jobs,,2024-03-01,beta,,v.x"

show_is "as of 2024-02-15: the vintages known then" "$H
2023,level,over,90,jobs,,2024-02-01,beta,,v.x
2023,level,under,95,jobs,,2024-02-01,beta,,v.x
2024,level,,100,jobs,,2024-01-10,beta,,v.x" --as-of 2024-02-15

show_is "as of 2024-01-07: 2024 not known yet" "$H
2023,level,,80,jobs,,2024-01-05,alpha,,v.x" --as-of 2024-01-07

show_is "all vintages: by period, as_of, qualifier, source" "$H
2023,level,,80,jobs,,2024-01-05,alpha,,v.x
2023,level,over,90,jobs,,2024-02-01,beta,,v.x
2023,level,under,95,jobs,,2024-02-01,beta,,v.x
2024,level,,100,jobs,,2024-01-10,beta,,v.x
2024,level,,118,jobs,,2024-03-01,alpha,,v.x
2024,level,,120,jobs,,2024-03-01,beta,,v.x" --all-vintages

# Restating the same figure, same vintage, same value: already present.
run "$GS" -q ingest "$T/a.csv"
expect_rc 0 "re-ingest adds nothing"
show_is "unchanged after a re-ingest" "$H
2023,level,over,90,jobs,,2024-02-01,beta,,v.x
2023,level,under,95,jobs,,2024-02-01,beta,,v.x
2024,level,,118,jobs,,2024-03-01,alpha,,v.x
2024,level,,120,jobs,,2024-03-01,beta,,v.x"
