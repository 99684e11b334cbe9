/** What happens when the application starts: the datasource, the schema migrations, the demo organisation. */
package org.fieldstock.infrastructure.startup;
