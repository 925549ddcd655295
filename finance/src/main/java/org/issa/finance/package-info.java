/**
 * Money: the bank account register, payments and their messages, following the money and detecting
 * laundering typologies, asset freezing against sanctions lists, and the Asset Recovery Office's assets.
 */
package org.issa.finance;
