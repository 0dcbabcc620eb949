/**
 * A rendering service on minutes4j-spring-boot-starter: {@code POST /render} and {@code POST
 * /validate}, a bounded number of concurrent PDF renders, and Actuator.
 */
package io.github.minutes4j.examples.service;
