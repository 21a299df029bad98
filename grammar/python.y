/* python.y: Lemon grammar for the Python 3.12 statement and expression language (no match,
** no type parameters). The lexer (interp/syntax/lexer.c) pushes tokens in through the driver
** (interp/syntax/parse.c); every action is one call of an ast_* constructor
** (interp/syntax/ast_build.h), which also validates targets and argument lists the way CPython's
** parser does. Banners name the rule of CPython's Grammar/python.gram that a group implements.
**
** The first token is synthetic and picks the start rule: MODE_FILE, MODE_SINGLE, MODE_EVAL or
** MODE_FSTRING (an f-string replacement field's expression). The last one is ENDMARKER.
*/

%include {
#include <assert.h>
#include <stdlib.h>
#include "syntax/ast_build.h"
#include "syntax/parse_ctx.h"

/* Defined at the end of the generated file, where the parser tables are visible. */
static bool parser_accepts(void *parser, int token);
}

%name py_parser
%token_prefix TK_
%token_type {Token}
%default_type {Expr *}
%extra_argument {ParseCtx *ctx}
%start_symbol input
/* Deep enough for CPython's 200 nested brackets; deeper input is "too complex" as in CPython. */
%stack_size 2500

%syntax_error {
  parse_syntax_error(ctx, yymajor, &yyminor, yypParser, parser_accepts);
}
%stack_overflow {
  parse_stack_overflow(ctx);
}

/* Token codes, in a fixed order: the lexer and the driver use the TK_* names. */
%token ENDMARKER NEWLINE INDENT DEDENT NAME NUMBER STRING
       MODE_FILE MODE_SINGLE MODE_EVAL MODE_FSTRING WITH_LPAR NOTEQUAL_OLD UNARY.
%token LPAR RPAR LSQB RSQB LBRACE RBRACE COLON COMMA SEMI DOT ELLIPSIS
       PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER EQUAL PERCENT TILDE CIRCUMFLEX AT
       EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL LEFTSHIFT RIGHTSHIFT DOUBLESTAR DOUBLESLASH
       PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL
       LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASHEQUAL ATEQUAL RARROW COLONEQUAL.
%token FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL ELIF ELSE EXCEPT
       FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL NOT OR PASS RAISE RETURN TRY
       WHILE WITH YIELD.

/* The one precedence block: binary arithmetic and bitwise operators, lowest first (Python's
** bitwise_or ... power levels). Boolean operators, comparisons and `not` are written as levels. */
%left VBAR.
%left CIRCUMFLEX.
%left AMPER.
%left LEFTSHIFT RIGHTSHIFT.
%left PLUS MINUS.
%left STAR SLASH DOUBLESLASH PERCENT AT.
%right UNARY.
%right DOUBLESTAR.

%type file_input {AstList *}
%type stmts {AstList *}
%type stmt {AstList *}
%type simple_stmt {AstList *}
%type small_stmts {AstList *}
%type suite {AstList *}
%type small_stmt {Stmt *}
%type expr_stmt {Stmt *}
%type compound_stmt {Stmt *}
%type if_stmt {Stmt *}
%type while_stmt {Stmt *}
%type for_stmt {Stmt *}
%type try_stmt {Stmt *}
%type with_stmt {Stmt *}
%type funcdef {Stmt *}
%type classdef {Stmt *}
%type decorated {Stmt *}
%type import_stmt {Stmt *}
%type elif_tail {AstList *}
%type else_opt {AstList *}
%type finally_opt {AstList *}
%type except_clauses {AstList *}
%type except_clause {ExceptHandler *}
%type with_items {AstList *}
%type with_item {WithItem *}
%type decorators {AstList *}
%type assign_chain {AstList *}
%type augassign {Token}
%type compop {int}
%type params {Arguments *}
%type param_list {AstList *}
%type param {ParamItem *}
%type ann_opt {Expr *}
%type lparams {Arguments *}
%type lparam_list {AstList *}
%type lparam {ParamItem *}
%type elt_list {AstList *}
%type elts {AstList *}
%type sx_list {AstList *}
%type xx_list {AstList *}
%type exprlist {AstList *}
%type comp_for {AstList *}
%type dict_items {AstList *}
%type dict_item {DictItem *}
%type arglist {AstList *}
%type args {AstList *}
%type argument {ArgItem *}
%type subscripts {AstList *}
%type sub_list {AstList *}
%type strings {AstList *}
%type dotted_name {Alias *}
%type dotted_as_name {Alias *}
%type dotted_as_names {AstList *}
%type import_as_name {Alias *}
%type import_as_names {AstList *}
%type from_module {FromModule *}
%type dots {int}
%type name_list {AstList *}

/* ======== file / interactive / eval / fstring (file, interactive, eval, fstring) ======== */

input ::= MODE_FILE file_input(B) ENDMARKER.   { ast_module(ctx, B); }
input ::= MODE_SINGLE file_input(B) ENDMARKER. { ast_interactive(ctx, B); }
input ::= MODE_EVAL testlist_star_expr(E) newlines ENDMARKER. { ast_expression(ctx, E); }
input ::= MODE_FSTRING testlist_star_expr(E) ENDMARKER. { ast_fstring_result(ctx, E); }
input ::= MODE_FSTRING yield_expr(E) ENDMARKER.         { ast_fstring_result(ctx, E); }

newlines ::= .
newlines ::= newlines NEWLINE.

file_input(A) ::= .                         { A = ast_list_new(ctx); }
file_input(A) ::= file_input(L) NEWLINE.     { A = L; }
file_input(A) ::= file_input(L) stmt(S).     { A = ast_list_extend(ctx, L, S); }

/* ======== statements (statements, statement, simple_stmts, block) ======== */

stmts(A) ::= stmt(S).               { A = S; }
stmts(A) ::= stmts(L) stmt(S).      { A = ast_list_extend(ctx, L, S); }

stmt(A) ::= simple_stmt(L).         { A = L; }
stmt(A) ::= compound_stmt(S).       { A = ast_list_of(ctx, S); }

simple_stmt(A) ::= small_stmts(L) NEWLINE.        { A = L; }
simple_stmt(A) ::= small_stmts(L) SEMI NEWLINE.   { A = L; }
small_stmts(A) ::= small_stmt(S).                       { A = ast_list_of(ctx, S); }
small_stmts(A) ::= small_stmts(L) SEMI small_stmt(S).   { A = ast_list_append(ctx, L, S); }

suite(A) ::= simple_stmt(L).                        { A = L; }
suite(A) ::= NEWLINE INDENT stmts(L) DEDENT.        { A = L; }

/* ======== simple_stmt ======== */

small_stmt(A) ::= expr_stmt(S).     { A = S; }
small_stmt(A) ::= import_stmt(S).   { A = S; }
small_stmt(A) ::= PASS(K).          { A = ast_keyword_stmt(ctx, K, STMT_PASS); }
small_stmt(A) ::= BREAK(K).         { A = ast_keyword_stmt(ctx, K, STMT_BREAK); }
small_stmt(A) ::= CONTINUE(K).      { A = ast_keyword_stmt(ctx, K, STMT_CONTINUE); }
small_stmt(A) ::= RETURN(K).                            { A = ast_return(ctx, K, NULL); }
small_stmt(A) ::= RETURN(K) testlist_star_expr(E).      { A = ast_return(ctx, K, E); }
small_stmt(A) ::= RAISE(K).                             { A = ast_raise(ctx, K, NULL, NULL); }
small_stmt(A) ::= RAISE(K) test(E).                     { A = ast_raise(ctx, K, E, NULL); }
small_stmt(A) ::= RAISE(K) test(E) FROM test(C).        { A = ast_raise(ctx, K, E, C); }
small_stmt(A) ::= GLOBAL(K) name_list(L).               { A = ast_global(ctx, K, L, STMT_GLOBAL); }
small_stmt(A) ::= NONLOCAL(K) name_list(L).             { A = ast_global(ctx, K, L, STMT_NONLOCAL); }
small_stmt(A) ::= ASSERT(K) test(E).                    { A = ast_assert(ctx, K, E, NULL); }
small_stmt(A) ::= ASSERT(K) test(E) COMMA test(M).      { A = ast_assert(ctx, K, E, M); }
small_stmt(A) ::= DEL(K) exprlist(L).                   { A = ast_delete(ctx, K, L); }

name_list(A) ::= NAME(N).                       { A = ast_token_list(ctx, NULL, N); }
name_list(A) ::= name_list(L) COMMA NAME(N).    { A = ast_token_list(ctx, L, N); }

/* ======== expression statements and assignment (assignment, star_expressions) ======== */

expr_stmt(A) ::= testlist_star_expr(E).         { A = ast_expr_stmt(ctx, E); }
expr_stmt(A) ::= yield_expr(E).                 { A = ast_expr_stmt(ctx, E); }
expr_stmt(A) ::= assign_chain(L).               { A = ast_assign(ctx, L); }
expr_stmt(A) ::= testlist_star_expr(T) augassign(O) testlist_star_expr(V). { A = ast_aug_assign(ctx, T, O, V); }
expr_stmt(A) ::= testlist_star_expr(T) augassign(O) yield_expr(V).         { A = ast_aug_assign(ctx, T, O, V); }
expr_stmt(A) ::= testlist_star_expr(T) COLON test(N).                          { A = ast_ann_assign(ctx, T, N, NULL); }
expr_stmt(A) ::= testlist_star_expr(T) COLON test(N) EQUAL testlist_star_expr(V). { A = ast_ann_assign(ctx, T, N, V); }
expr_stmt(A) ::= testlist_star_expr(T) COLON test(N) EQUAL yield_expr(V).         { A = ast_ann_assign(ctx, T, N, V); }

assign_chain(A) ::= testlist_star_expr(T) EQUAL testlist_star_expr(V).  { A = ast_list_pair(ctx, T, V); }
assign_chain(A) ::= testlist_star_expr(T) EQUAL yield_expr(V).          { A = ast_list_pair(ctx, T, V); }
assign_chain(A) ::= assign_chain(L) EQUAL testlist_star_expr(V).        { A = ast_list_append(ctx, L, V); }
assign_chain(A) ::= assign_chain(L) EQUAL yield_expr(V).                { A = ast_list_append(ctx, L, V); }

augassign(A) ::= PLUSEQUAL(T).        { A = T; }
augassign(A) ::= MINEQUAL(T).         { A = T; }
augassign(A) ::= STAREQUAL(T).        { A = T; }
augassign(A) ::= ATEQUAL(T).          { A = T; }
augassign(A) ::= SLASHEQUAL(T).       { A = T; }
augassign(A) ::= PERCENTEQUAL(T).     { A = T; }
augassign(A) ::= AMPEREQUAL(T).       { A = T; }
augassign(A) ::= VBAREQUAL(T).        { A = T; }
augassign(A) ::= CIRCUMFLEXEQUAL(T).  { A = T; }
augassign(A) ::= LEFTSHIFTEQUAL(T).   { A = T; }
augassign(A) ::= RIGHTSHIFTEQUAL(T).  { A = T; }
augassign(A) ::= DOUBLESTAREQUAL(T).  { A = T; }
augassign(A) ::= DOUBLESLASHEQUAL(T). { A = T; }

/* ======== import_stmt (import_name, import_from) ======== */

import_stmt(A) ::= IMPORT(K) dotted_as_names(L).                       { A = ast_import(ctx, K, L); }
import_stmt(A) ::= FROM(K) from_module(M) IMPORT STAR(S).              { A = ast_import_from(ctx, K, M, NULL, S); }
import_stmt(A) ::= FROM(K) from_module(M) IMPORT LPAR import_as_names(L) RPAR(E).       { A = ast_import_from(ctx, K, M, L, E); }
import_stmt(A) ::= FROM(K) from_module(M) IMPORT LPAR import_as_names(L) COMMA RPAR(E). { A = ast_import_from(ctx, K, M, L, E); }
import_stmt(A) ::= FROM(K) from_module(M) IMPORT import_as_names(L).   { A = ast_import_from_bare(ctx, K, M, L); }

dotted_as_names(A) ::= dotted_as_name(N).                           { A = ast_list_of(ctx, N); }
dotted_as_names(A) ::= dotted_as_names(L) COMMA dotted_as_name(N).  { A = ast_list_append(ctx, L, N); }
dotted_as_name(A) ::= dotted_name(N).                 { A = N; }
dotted_as_name(A) ::= dotted_name(N) AS NAME(R).      { A = ast_alias_as(ctx, N, R); }
dotted_name(A) ::= NAME(N).                           { A = ast_dotted_name(ctx, NULL, N); }
dotted_name(A) ::= dotted_name(D) DOT NAME(N).        { A = ast_dotted_name(ctx, D, N); }

import_as_names(A) ::= import_as_name(N).                           { A = ast_list_of(ctx, N); }
import_as_names(A) ::= import_as_names(L) COMMA import_as_name(N).  { A = ast_list_append(ctx, L, N); }
import_as_name(A) ::= NAME(N).                        { A = ast_dotted_name(ctx, NULL, N); }
import_as_name(A) ::= NAME(N) AS NAME(R).             { A = ast_import_alias(ctx, N, R); }

from_module(A) ::= dotted_name(N).          { A = ast_from_module(ctx, 0, N); }
from_module(A) ::= dots(D).                 { A = ast_from_module(ctx, D, NULL); }
from_module(A) ::= dots(D) dotted_name(N).  { A = ast_from_module(ctx, D, N); }
dots(A) ::= DOT.                { A = 1; }
dots(A) ::= ELLIPSIS.           { A = 3; }
dots(A) ::= dots(D) DOT.        { A = D + 1; }
dots(A) ::= dots(D) ELLIPSIS.   { A = D + 3; }

/* ======== compound_stmt ======== */

compound_stmt(A) ::= if_stmt(S).     { A = S; }
compound_stmt(A) ::= while_stmt(S).  { A = S; }
compound_stmt(A) ::= for_stmt(S).    { A = S; }
compound_stmt(A) ::= try_stmt(S).    { A = S; }
compound_stmt(A) ::= with_stmt(S).   { A = S; }
compound_stmt(A) ::= funcdef(S).     { A = S; }
compound_stmt(A) ::= classdef(S).    { A = S; }
compound_stmt(A) ::= decorated(S).   { A = S; }

/* ======== if_stmt, elif_stmt, else_block ======== */

if_stmt(A) ::= IF(K) namedexpr_test(T) COLON suite(B) elif_tail(E).     { A = ast_if(ctx, K, T, B, E); }
elif_tail(A) ::= .                                                      { A = ast_list_new(ctx); }
elif_tail(A) ::= ELSE COLON suite(B).                                   { A = B; }
elif_tail(A) ::= ELIF(K) namedexpr_test(T) COLON suite(B) elif_tail(E). { A = ast_elif(ctx, K, T, B, E); }

else_opt(A) ::= .                       { A = ast_list_new(ctx); }
else_opt(A) ::= ELSE COLON suite(B).    { A = B; }

/* ======== while_stmt, for_stmt ======== */

while_stmt(A) ::= WHILE(K) namedexpr_test(T) COLON suite(B) else_opt(E).  { A = ast_while(ctx, K, T, B, E); }
for_stmt(A) ::= FOR(K) exprlist(T) IN testlist_star_expr(I) COLON suite(B) else_opt(E). { A = ast_for(ctx, K, T, I, B, E); }

/* ======== try_stmt, except_block, finally_block ======== */

try_stmt(A) ::= TRY(K) COLON suite(B) except_clauses(H) else_opt(E) finally_opt(F). { A = ast_try(ctx, K, B, H, E, F); }
try_stmt(A) ::= TRY(K) COLON suite(B) FINALLY COLON suite(F).  { A = ast_try(ctx, K, B, NULL, NULL, F); }
finally_opt(A) ::= .                        { A = ast_list_new(ctx); }
finally_opt(A) ::= FINALLY COLON suite(B).  { A = B; }
except_clauses(A) ::= except_clause(H).                    { A = ast_list_of(ctx, H); }
except_clauses(A) ::= except_clauses(L) except_clause(H).  { A = ast_list_append(ctx, L, H); }
except_clause(A) ::= EXCEPT(K) COLON suite(B).                        { A = ast_except_handler(ctx, K, NULL, NULL, B); }
except_clause(A) ::= EXCEPT(K) test(T) COLON suite(B).                { A = ast_except_handler(ctx, K, T, NULL, B); }
except_clause(A) ::= EXCEPT(K) test(T) AS NAME(N) COLON suite(B).     { A = ast_except_handler(ctx, K, T, &N, B); }

/* ======== with_stmt, with_item ======== */

with_stmt(A) ::= WITH(K) with_items(L) COLON suite(B).                       { A = ast_with(ctx, K, L, B); }
with_stmt(A) ::= WITH(K) WITH_LPAR with_items(L) RPAR COLON suite(B).        { A = ast_with(ctx, K, L, B); }
with_stmt(A) ::= WITH(K) WITH_LPAR with_items(L) COMMA RPAR COLON suite(B).  { A = ast_with(ctx, K, L, B); }
with_items(A) ::= with_item(W).                     { A = ast_list_of(ctx, W); }
with_items(A) ::= with_items(L) COMMA with_item(W). { A = ast_list_append(ctx, L, W); }
with_item(A) ::= test(E).                   { A = ast_with_item(ctx, E, NULL); }
with_item(A) ::= test(E) AS expr(T).        { A = ast_with_item(ctx, E, T); }

/* ======== function_def, class_def, decorators ======== */

funcdef(A) ::= DEF(K) NAME(N) LPAR params(P) RPAR COLON suite(B).               { A = ast_function_def(ctx, K, N, P, NULL, B); }
funcdef(A) ::= DEF(K) NAME(N) LPAR params(P) RPAR RARROW test(R) COLON suite(B). { A = ast_function_def(ctx, K, N, P, R, B); }

classdef(A) ::= CLASS(K) NAME(N) COLON suite(B).                         { A = ast_class_def(ctx, K, N, NULL, B); }
classdef(A) ::= CLASS(K) NAME(N) LPAR RPAR COLON suite(B).               { A = ast_class_def(ctx, K, N, NULL, B); }
classdef(A) ::= CLASS(K) NAME(N) LPAR arglist(L) RPAR COLON suite(B).    { A = ast_class_def(ctx, K, N, L, B); }

decorated(A) ::= decorators(D) funcdef(S).    { A = ast_decorated(ctx, D, S); }
decorated(A) ::= decorators(D) classdef(S).   { A = ast_decorated(ctx, D, S); }
decorators(A) ::= AT namedexpr_test(E) NEWLINE.                { A = ast_list_of(ctx, E); }
decorators(A) ::= decorators(L) AT namedexpr_test(E) NEWLINE.  { A = ast_list_append(ctx, L, E); }

/* ======== parameters (params, lambda_params) ======== */

params(A) ::= .                          { A = ast_arguments(ctx, NULL); }
params(A) ::= param_list(L).             { A = ast_arguments(ctx, L); }
params(A) ::= param_list(L) COMMA.       { A = ast_arguments(ctx, L); }
param_list(A) ::= param(P).                        { A = ast_list_of(ctx, P); }
param_list(A) ::= param_list(L) COMMA param(P).    { A = ast_list_append(ctx, L, P); }
param(A) ::= NAME(N) ann_opt(T).                   { A = ast_param(ctx, PARAM_PLAIN, N, N, T, NULL); }
param(A) ::= NAME(N) ann_opt(T) EQUAL test(D).     { A = ast_param(ctx, PARAM_PLAIN, N, N, T, D); }
param(A) ::= STAR(S).                              { A = ast_param(ctx, PARAM_BARE_STAR, S, S, NULL, NULL); }
param(A) ::= STAR(S) NAME(N) ann_opt(T).           { A = ast_param(ctx, PARAM_STAR, S, N, T, NULL); }
param(A) ::= DOUBLESTAR(S) NAME(N) ann_opt(T).     { A = ast_param(ctx, PARAM_DOUBLESTAR, S, N, T, NULL); }
param(A) ::= SLASH(S).                             { A = ast_param(ctx, PARAM_SLASH, S, S, NULL, NULL); }
param(A) ::= STAR(S) NAME(N) ann_opt(T) EQUAL test(D).       { A = ast_param(ctx, PARAM_STAR, S, N, T, D); }
param(A) ::= DOUBLESTAR(S) NAME(N) ann_opt(T) EQUAL test(D). { A = ast_param(ctx, PARAM_DOUBLESTAR, S, N, T, D); }
ann_opt(A) ::= .               { A = NULL; }
ann_opt(A) ::= COLON test(T).  { A = T; }

lparams(A) ::= .                         { A = ast_arguments(ctx, NULL); }
lparams(A) ::= lparam_list(L).           { A = ast_arguments(ctx, L); }
lparams(A) ::= lparam_list(L) COMMA.     { A = ast_arguments(ctx, L); }
lparam_list(A) ::= lparam(P).                       { A = ast_list_of(ctx, P); }
lparam_list(A) ::= lparam_list(L) COMMA lparam(P).  { A = ast_list_append(ctx, L, P); }
lparam(A) ::= NAME(N).                        { A = ast_param(ctx, PARAM_PLAIN, N, N, NULL, NULL); }
lparam(A) ::= NAME(N) EQUAL test(D).          { A = ast_param(ctx, PARAM_PLAIN, N, N, NULL, D); }
lparam(A) ::= STAR(S).                        { A = ast_param(ctx, PARAM_BARE_STAR, S, S, NULL, NULL); }
lparam(A) ::= STAR(S) NAME(N).                { A = ast_param(ctx, PARAM_STAR, S, N, NULL, NULL); }
lparam(A) ::= DOUBLESTAR(S) NAME(N).          { A = ast_param(ctx, PARAM_DOUBLESTAR, S, N, NULL, NULL); }
lparam(A) ::= SLASH(S).                       { A = ast_param(ctx, PARAM_SLASH, S, S, NULL, NULL); }

/* ======== expressions, expression, lambdef, named_expression ======== */

test(A) ::= or_test(E).                                    { A = E; }
test(A) ::= or_test(B) IF or_test(T) ELSE test(O).         { A = ast_if_exp(ctx, B, T, O); }
test(A) ::= LAMBDA(K) lparams(P) COLON test(B).            { A = ast_lambda(ctx, K, P, B); }

namedexpr_test(A) ::= test(E).                      { A = E; }
namedexpr_test(A) ::= NAME(N) COLONEQUAL test(V).   { A = ast_named_expr(ctx, N, V); }

/* ======== disjunction, conjunction, inversion, comparison ======== */

or_test(A) ::= and_test(E).                   { A = E; }
or_test(A) ::= or_test(L) OR and_test(R).     { A = ast_bool_op(ctx, L, BOOLOP_OR, R); }
and_test(A) ::= not_test(E).                  { A = E; }
and_test(A) ::= and_test(L) AND not_test(R).  { A = ast_bool_op(ctx, L, BOOLOP_AND, R); }
not_test(A) ::= NOT(K) not_test(E).           { A = ast_unary_op(ctx, K, UOP_NOT, E); }
not_test(A) ::= comparison(E).                { A = E; }
comparison(A) ::= expr(E).                             { A = E; }
comparison(A) ::= comparison(L) compop(O) expr(R).     { A = ast_compare(ctx, L, (CmpOp)O, R); }

compop(A) ::= LESS.          { A = CMPOP_LT; }
compop(A) ::= GREATER.       { A = CMPOP_GT; }
compop(A) ::= EQEQUAL.       { A = CMPOP_EQ; }
compop(A) ::= GREATEREQUAL.  { A = CMPOP_GTE; }
compop(A) ::= LESSEQUAL.     { A = CMPOP_LTE; }
compop(A) ::= NOTEQUAL.      { A = CMPOP_NOTEQ; }
compop(A) ::= IN.            { A = CMPOP_IN; }
compop(A) ::= NOT IN.        { A = CMPOP_NOTIN; }
compop(A) ::= IS.            { A = CMPOP_IS; }
compop(A) ::= IS NOT.        { A = CMPOP_ISNOT; }

/* ======== bitwise_or ... power, factor (precedence block above) ======== */

expr(A) ::= primary(E).                     { A = E; }
expr(A) ::= expr(L) VBAR(O) expr(R).        { A = ast_bin_op(ctx, L, O, R); }
expr(A) ::= expr(L) CIRCUMFLEX(O) expr(R).  { A = ast_bin_op(ctx, L, O, R); }
expr(A) ::= expr(L) AMPER(O) expr(R).       { A = ast_bin_op(ctx, L, O, R); }
expr(A) ::= expr(L) LEFTSHIFT(O) expr(R).   { A = ast_bin_op(ctx, L, O, R); }
expr(A) ::= expr(L) RIGHTSHIFT(O) expr(R).  { A = ast_bin_op(ctx, L, O, R); }
expr(A) ::= expr(L) PLUS(O) expr(R).        { A = ast_bin_op(ctx, L, O, R); }
expr(A) ::= expr(L) MINUS(O) expr(R).       { A = ast_bin_op(ctx, L, O, R); }
expr(A) ::= expr(L) STAR(O) expr(R).        { A = ast_bin_op(ctx, L, O, R); }
expr(A) ::= expr(L) SLASH(O) expr(R).       { A = ast_bin_op(ctx, L, O, R); }
expr(A) ::= expr(L) DOUBLESLASH(O) expr(R). { A = ast_bin_op(ctx, L, O, R); }
expr(A) ::= expr(L) PERCENT(O) expr(R).     { A = ast_bin_op(ctx, L, O, R); }
expr(A) ::= expr(L) AT(O) expr(R).          { A = ast_bin_op(ctx, L, O, R); }
expr(A) ::= expr(L) DOUBLESTAR(O) expr(R).  { A = ast_bin_op(ctx, L, O, R); }
expr(A) ::= PLUS(K) expr(E). [UNARY]        { A = ast_unary_op(ctx, K, UOP_UADD, E); }
expr(A) ::= MINUS(K) expr(E). [UNARY]       { A = ast_unary_op(ctx, K, UOP_USUB, E); }
expr(A) ::= TILDE(K) expr(E). [UNARY]       { A = ast_unary_op(ctx, K, UOP_INVERT, E); }

/* ======== primary (calls, subscripts, attributes) ======== */

primary(A) ::= atom(E).                                  { A = E; }
primary(A) ::= primary(F) LPAR(P) RPAR(R).               { A = ast_call(ctx, F, P, NULL, R); }
primary(A) ::= primary(F) LPAR(P) arglist(L) RPAR(R).    { A = ast_call(ctx, F, P, L, R); }
primary(A) ::= primary(V) LSQB subscripts(S) RSQB(R).    { A = ast_subscript(ctx, V, S, R); }
primary(A) ::= primary(V) DOT NAME(N).                   { A = ast_attribute(ctx, V, N); }

/* ======== arguments, kwargs, starred_expression ======== */

arglist(A) ::= args(L).             { A = L; }
arglist(A) ::= args(L) COMMA.       { A = L; }
args(A) ::= argument(G).                    { A = ast_list_of(ctx, G); }
args(A) ::= args(L) COMMA argument(G).      { A = ast_list_append(ctx, L, G); }
argument(A) ::= namedexpr_test(E).          { A = ast_arg_item(ctx, ARG_POSITIONAL, NULL, E); }
argument(A) ::= test(K) EQUAL(Q) test(V).   { A = ast_arg_keyword(ctx, K, Q, V); }
argument(A) ::= test(E) comp_for(C).        { A = ast_arg_genexp(ctx, E, C); }
argument(A) ::= STAR(S) test(E).            { A = ast_arg_star(ctx, ARG_STAR, S, E); }
argument(A) ::= DOUBLESTAR(S) test(E).      { A = ast_arg_star(ctx, ARG_DOUBLESTAR, S, E); }

/* ======== slices ======== */

subscripts(A) ::= sub_list(L).          { A = L; }
subscripts(A) ::= sub_list(L) COMMA(C). { A = ast_list_comma(ctx, L, C); }
sub_list(A) ::= subscript(E).                       { A = ast_list_of(ctx, E); }
sub_list(A) ::= sub_list(L) COMMA subscript(E).     { A = ast_list_append_comma(ctx, L, E); }
subscript(A) ::= namedexpr_test(E).                 { A = E; }
subscript(A) ::= star_expr(E).                      { A = E; }
subscript(A) ::= test_opt(L) COLON(C) test_opt(U).                           { A = ast_slice(ctx, L, C, U, NULL, NULL); }
subscript(A) ::= test_opt(L) COLON(C) test_opt(U) COLON(D) test_opt(S).      { A = ast_slice(ctx, L, C, U, &D, S); }
test_opt(A) ::= .          { A = NULL; }
test_opt(A) ::= test(E).   { A = E; }

/* ======== atom, strings, list / tuple / group / set / dict and their comprehensions ======== */

atom(A) ::= NAME(N).            { A = ast_name(ctx, N); }
atom(A) ::= NUMBER(N).          { A = ast_number(ctx, N); }
atom(A) ::= strings(L).         { A = ast_strings(ctx, L); }
atom(A) ::= NONE(K).            { A = ast_singleton(ctx, K, CONST_NONE); }
atom(A) ::= TRUE(K).            { A = ast_singleton(ctx, K, CONST_TRUE); }
atom(A) ::= FALSE(K).           { A = ast_singleton(ctx, K, CONST_FALSE); }
atom(A) ::= ELLIPSIS(K).        { A = ast_singleton(ctx, K, CONST_ELLIPSIS); }
atom(A) ::= LPAR(L) RPAR(R).                       { A = ast_paren(ctx, L, NULL, R); }
atom(A) ::= LPAR(L) yield_expr(E) RPAR(R).         { A = ast_paren_expr(ctx, L, E, R); }
atom(A) ::= LPAR(L) elts(E) RPAR(R).               { A = ast_paren(ctx, L, E, R); }
atom(A) ::= LPAR(L) elt(E) comp_for(C) RPAR(R).    { A = ast_comprehension(ctx, EXPR_GENERATOR_EXP, &L, E, NULL, C, &R); }
atom(A) ::= LSQB(L) RSQB(R).                       { A = ast_display(ctx, EXPR_LIST, L, NULL, R); }
atom(A) ::= LSQB(L) elts(E) RSQB(R).               { A = ast_display(ctx, EXPR_LIST, L, E, R); }
atom(A) ::= LSQB(L) elt(E) comp_for(C) RSQB(R).    { A = ast_comprehension(ctx, EXPR_LIST_COMP, &L, E, NULL, C, &R); }
atom(A) ::= LBRACE(L) RBRACE(R).                   { A = ast_dict(ctx, L, NULL, R); }
atom(A) ::= LBRACE(L) dict_items(D) RBRACE(R).     { A = ast_dict(ctx, L, D, R); }
atom(A) ::= LBRACE(L) dict_items(D) COMMA RBRACE(R).  { A = ast_dict(ctx, L, D, R); }
atom(A) ::= LBRACE(L) test(K) COLON test(V) comp_for(C) RBRACE(R). { A = ast_comprehension(ctx, EXPR_DICT_COMP, &L, K, V, C, &R); }
atom(A) ::= LBRACE(L) elts(E) RBRACE(R).           { A = ast_display(ctx, EXPR_SET, L, E, R); }
atom(A) ::= LBRACE(L) elt(E) comp_for(C) RBRACE(R). { A = ast_comprehension(ctx, EXPR_SET_COMP, &L, E, NULL, C, &R); }

strings(A) ::= STRING(S).               { A = ast_token_list(ctx, NULL, S); }
strings(A) ::= strings(L) STRING(S).    { A = ast_token_list(ctx, L, S); }

elt(A) ::= namedexpr_test(E).   { A = E; }
elt(A) ::= star_expr(E).        { A = E; }
elt_list(A) ::= elt(E).                         { A = ast_list_of(ctx, E); }
elt_list(A) ::= elt_list(L) COMMA elt(E).       { A = ast_list_append_comma(ctx, L, E); }
elts(A) ::= elt_list(L).                        { A = L; }
elts(A) ::= elt_list(L) COMMA(C).               { A = ast_list_comma(ctx, L, C); }

dict_items(A) ::= dict_item(D).                       { A = ast_list_of(ctx, D); }
dict_items(A) ::= dict_items(L) COMMA dict_item(D).   { A = ast_list_append(ctx, L, D); }
dict_item(A) ::= test(K) COLON test(V).               { A = ast_dict_item(ctx, K, V); }
dict_item(A) ::= DOUBLESTAR expr(V).                  { A = ast_dict_item(ctx, NULL, V); }

star_expr(A) ::= STAR(S) expr(E).   { A = ast_starred(ctx, S, E); }

/* for_if_clauses: the `in` part and the conditions are disjunctions, as in CPython 3.9+. */
comp_for(A) ::= FOR(K) exprlist(T) IN or_test(I).                { A = ast_comp_for(ctx, NULL, K, T, I); }
comp_for(A) ::= comp_for(L) FOR(K) exprlist(T) IN or_test(I).    { A = ast_comp_for(ctx, L, K, T, I); }
comp_for(A) ::= comp_for(L) IF or_test(C).                       { A = ast_comp_if(ctx, L, C); }

/* ======== star_expressions (statement level), star_targets ======== */

sx(A) ::= test(E).         { A = E; }
sx(A) ::= star_expr(E).    { A = E; }
sx_list(A) ::= sx(E).                        { A = ast_list_of(ctx, E); }
sx_list(A) ::= sx_list(L) COMMA sx(E).       { A = ast_list_append_comma(ctx, L, E); }
testlist_star_expr(A) ::= sx_list(L).            { A = ast_bare_tuple(ctx, L); }
testlist_star_expr(A) ::= sx_list(L) COMMA(C).   { A = ast_bare_tuple(ctx, ast_list_comma(ctx, L, C)); }

xx(A) ::= expr(E).         { A = E; }
xx(A) ::= star_expr(E).    { A = E; }
xx_list(A) ::= xx(E).                        { A = ast_list_of(ctx, E); }
xx_list(A) ::= xx_list(L) COMMA xx(E).       { A = ast_list_append_comma(ctx, L, E); }
exprlist(A) ::= xx_list(L).                  { A = L; }
exprlist(A) ::= xx_list(L) COMMA(C).         { A = ast_list_comma(ctx, L, C); }

/* ======== yield_expr ======== */

yield_expr(A) ::= YIELD(K).                           { A = ast_yield(ctx, K, NULL); }
yield_expr(A) ::= YIELD(K) testlist_star_expr(E).     { A = ast_yield(ctx, K, E); }
yield_expr(A) ::= YIELD(K) FROM test(E).              { A = ast_yield_from(ctx, K, E); }

%code {
/* Would the parser, in its current state, accept `token` as the next input? Replays the LALR
** reductions on a copy of the state stack; the error reporter asks this to phrase "expected ':'"
** and "Perhaps you forgot a comma?" the way CPython does. */
static bool parser_accepts(void *parser, int token) {
  yyParser *p = parser;
  int depth = (int)(p->yytos - p->yystack) + 1;
  int cap = depth + 64;
  YYACTIONTYPE *st = malloc(sizeof *st * (size_t)cap);
  if (!st) return false;
  for (int i = 0; i < depth; i++) st[i] = p->yystack[i].stateno;
  int top = depth - 1;
  bool ok = false;
  for (int steps = 0; steps < 10000; steps++) {
    YYACTIONTYPE act = yy_find_shift_action((YYCODETYPE)token, st[top]);
    if (act >= YY_MIN_REDUCE) {
      unsigned rule = act - YY_MIN_REDUCE;
      int below = top + yyRuleInfoNRhs[rule];
      if (below < 0 || below + 1 >= cap) break;
      st[below + 1] = yy_find_reduce_action(st[below], yyRuleInfoLhs[rule]);
      top = below + 1;
      continue;
    }
    ok = act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
    break;
  }
  free(st);
  return ok;
}
}
