/**
 * The JAX-RS and CDI adapter: resources under {@code /api/v1}, one package per core feature;
 * {@code problem} turns every failure into problem+json; {@code support} produces core's ports
 * from the container; {@code spi} is what a portal may replace.
 */
package org.civility.web;
