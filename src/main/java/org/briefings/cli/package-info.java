/**
 * The command line (picocli): one thin class per subcommand over the one engine. {@code index},
 * {@code search}, {@code stats}, {@code serve}, {@code eval}.
 */
package org.briefings.cli;
