# Every command's --help, for people and scripts: exit 0, the text on
# stdout, naming the command, and no printf escape left in it (implied's
# said "7.599 %%" and "(× or %%)": its text is printed with fputs, so a
# doubled percent sign showed as two). An unknown option is exit 2.
# Found by the audit.
. "$GS_TOP/tests/cli/lib.sh"

cmds=$("$GS" --help | awk '/^Commands:/ { on = 1; next } on && NF == 0 { on = 0 } on { print $1 }')
expect_eq "$(echo "$cmds" | wc -l | tr -d ' ')" 15 "growthstat --help lists 15 commands"
for c in $cmds; do
	run "$GS" "$c" --help
	expect_rc 0 "$c --help"
	expect_out "^usage: growthstat $c" "$c --help names the command on stdout"
	expect_no_out "%%" "$c --help has no doubled percent sign"
	run "$GS" "$c" --no-such-option
	expect_rc 2 "$c with an unknown option"
done
