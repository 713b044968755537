/*
** replay.c: runs a libFuzzer harness without libFuzzer. Every file named,
** and every file in every directory named, goes once through
** LLVMFuzzerTestOneInput in a buffer of exactly its size. Built with gcc
** and ASan/UBSan by make check, so the seed corpus and every input that
** once crashed a harness stay regression tests.
*/
#include "../../common.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static long replayed;

static int one(const char *path)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *buf = NULL;
	size_t n = 0, cap = 0, k;

	if (fp == NULL) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return -1;
	}
	do {
		if (n == cap) {
			cap = cap ? cap * 2 : 4096;
			buf = xrealloc(buf, cap);
		}
		k = fread(buf + n, 1, cap - n, fp);
		n += k;
	} while (k > 0);
	fclose(fp);
	/* exactly n bytes, so a read past the end is caught */
	buf = xrealloc(buf, n ? n : 1);
	LLVMFuzzerTestOneInput(buf, n);
	free(buf);
	replayed++;
	return 0;
}

static int walk(const char *path)
{
	struct stat sb;
	struct dirent *de;
	DIR *d;
	int ret = 0;

	if (stat(path, &sb) != 0) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return -1;
	}
	if (!S_ISDIR(sb.st_mode))
		return one(path);
	if ((d = opendir(path)) == NULL)
		return -1;
	while ((de = readdir(d)) != NULL) {
		size_t n = strlen(path) + strlen(de->d_name) + 2;
		char *p;

		if (de->d_name[0] == '.')
			continue;
		p = xmalloc(n);
		gs_snprintf(p, n, "%s/%s", path, de->d_name);
		if (walk(p))
			ret = -1;
		free(p);
	}
	closedir(d);
	return ret;
}

int main(int argc, char **argv)
{
	int i, ret = 0;

	for (i = 1; i < argc; i++)
		if (walk(argv[i]))
			ret = 1;
	printf("%ld inputs replayed\n", replayed);
	return ret;
}
