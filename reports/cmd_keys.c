/*
** cmd_keys.c: a glob as the KEY of a one-series command (cmd_keys.h).
*/
#include "cmd_keys.h"

int cmd_keys_list(struct gs_ctx *ctx, char **args, size_t n, size_t max,
		  struct key_args *k)
{
	struct gs_err e;

	gs_err_clear(&e);
	if (keys_expand(ctx->db, n, args, k, &e))
		return cli_report(ctx, &e);
	if (max == 0 || k->n <= max)
		return 0;
	n = k->n;
	key_args_free(k);
	return cli_usage(ctx, NULL, "%zu series; at most %zu in one chart", n,
			 max);
}

int cmd_keys(struct gs_ctx *ctx, char *arg, bool several, struct key_args *k)
{
	struct gs_err e;
	size_t n;

	gs_err_clear(&e);
	if (keys_expand(ctx->db, 1, &arg, k, &e))
		return cli_report(ctx, &e);
	n = k->n;
	if (n == 1 || (several && ctx->format == FMT_TABLE))
		return 0;
	key_args_free(k);
	if (!several)
		return cli_usage(ctx, NULL, "'%s' matches %zu series; name one "
				 "here", arg, n);
	return cli_usage(ctx, NULL, "'%s' matches %zu series, and %s output "
			 "holds one: name one KEY, or use --format table", arg,
			 n, ctx->format == FMT_CSV ? "csv" : "json");
}

int cmd_keys_each(struct gs_ctx *ctx, char *arg, cmd_key_fn fn, void *opts)
{
	struct key_args k;
	size_t i;
	int rc, worst = GS_EX_OK;

	if ((rc = cmd_keys(ctx, arg, true, &k)) != 0)
		return rc;
	for (i = 0; i < k.n; i++) {
		if (i > 0)
			putchar('\n');
		rc = fn(ctx, opts, k.v[i]);
		if (worst == GS_EX_OK)
			worst = rc;
	}
	key_args_free(&k);
	return worst;
}
