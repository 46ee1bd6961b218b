/**
 * The {@code santekb} command line: the root command lists every subcommand; {@code serve} and
 * {@code demo} live here because they need the search server. Depends on the indexer's commands and
 * on {@code fr.santekb.api}.
 */
package fr.santekb.app;
