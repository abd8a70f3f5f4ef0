package org.irm.cli;
public class Irm { public static void main(String[] a) { } }
