/** Users, their roles and their org scope: who may enter and review which store's documents. */
package org.fieldstock.domain.user;
