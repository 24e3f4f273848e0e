/** A Jackson 3 application on the module path: the module reads core, the format and Jackson 3. */
module example.spring {
    requires dev.conventio.jackson3;
}
