/** A Jackson 3 application on the module path: the module reads core, the format and Jackson 3. */
module example.jackson3 {
    requires dev.conventio.jackson3;
}
