//@ compile-fail
//@ spec: 11.1 11.3 3.1
// Tuple structs built with the wrong number of values, read with field
// names, and unit structs called like functions.
struct Rgb(u8, u8, u8);
struct Marker;

fn main() {
    let a = Rgb(1, 2); //~ ERROR E0061
    let b = Rgb(1, 2, 3, 4); //~ ERROR E0061
    let c = Rgb(1, 2, 3);
    let r = c.r; //~ ERROR E0609
    let last = c.3; //~ ERROR E0609
    let m = Marker(); //~ ERROR E0618
}
