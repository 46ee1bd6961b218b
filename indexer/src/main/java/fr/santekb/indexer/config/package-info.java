/**
 * Typed, immutable configuration loaded from config/santekb.yaml and validated at start-up. Depends on nothing else in santekb.
 */
package fr.santekb.indexer.config;
