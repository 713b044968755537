/*
** pool.c: strings that live and die together (see pool.h).
*/
#include "pool.h"

#include <stdlib.h>
#include <string.h>

#define BLOCK (64u << 10)

struct block {
	struct block *next;
	size_t used, size;
	char data[];
};

struct pool {
	struct block *head;
	size_t bytes;
};

struct pool *pool_new(void)
{
	return xcalloc(1, sizeof(struct pool));
}

void pool_free(struct pool *p)
{
	struct block *b, *next;

	if (p == NULL)
		return;
	for (b = p->head; b; b = next) {
		next = b->next;
		free(b);
	}
	free(p);
}

char *pool_dup(struct pool *p, const char *s)
{
	size_t n = s ? strlen(s) + 1 : 1;
	struct block *b = p->head;
	char *at;

	if (b == NULL || b->size - b->used < n) {
		size_t size = n > BLOCK ? n : BLOCK;

		b = xmalloc(sizeof(*b) + size);
		b->size = size;
		b->used = 0;
		b->next = p->head;
		p->head = b;
	}
	at = b->data + b->used;
	if (s)
		memcpy(at, s, n);
	else
		at[0] = '\0';
	b->used += n;
	p->bytes += n;
	return at;
}

const char *pool_str(struct pool *p, const char *s)
{
	return s && s[0] ? pool_dup(p, s) : "";
}

void pool_reset(struct pool *p)
{
	struct block *b, *next;

	if (p->head == NULL)
		return;
	for (b = p->head->next; b; b = next) {
		next = b->next;
		free(b);
	}
	p->head->next = NULL;
	p->head->used = 0;
	p->bytes = 0;
}

size_t pool_bytes(const struct pool *p)
{
	return p->bytes;
}
