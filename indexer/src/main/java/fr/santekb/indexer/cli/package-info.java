/**
 * Command-line entry points of the indexer (picocli): parse options, load config, call the pipeline, map results to exit codes. Option objects stay here; may depend on every other indexer package.
 */
package fr.santekb.indexer.cli;
