/* xmlcheck.h: a small well-formedness check for the SVG the views write (balanced tags, quoted
 * attributes, escaped text, one root element), so the test needs no XML library. */
#ifndef SLOTSCOPE_TEST_XMLCHECK_H
#define SLOTSCOPE_TEST_XMLCHECK_H

/* NULL if well-formed, else a description of the first problem (static text). */
const char *xml_check(const char *doc);

#endif
