/**
 * Contracts as structured objects: a contract's validity period, its signatories and its
 * structure (axes, objectives, fiches action or projet, articles), recognised in the cleaned text
 * of contract-like documents (CLS, CLSM, PLSP and their action plans).
 */
package fr.santekb.indexer.contracts;
