// SPDX-License-Identifier: MIT
/* xlat - lookups in the constant tables; see include/xlat.h. */
#include "xlat.h"

#include <string.h>

const char *xlat_name(const struct xlat *tab, uint64_t val)
{
	for (; tab->name; tab++)
		if (tab->val == val)
			return tab->name;
	return NULL;
}

uint64_t xlat_value(const struct xlat *tab, const char *name, int *found)
{
	for (; tab->name; tab++) {
		if (strcmp(tab->name, name) == 0) {
			if (found)
				*found = 1;
			return tab->val;
		}
	}
	if (found)
		*found = 0;
	return 0;
}
