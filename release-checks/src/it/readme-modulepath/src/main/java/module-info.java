/** A consumer of the library on the module path: serialization reads core, which reads Joda-Money. */
module example.taste {
    requires dev.conventio.serialization;
}
