//@ compile-fail
//@ spec: 19.5
trait Shape {}
struct Scene {
    main: &dyn Shape, //~ ERROR E0106
    all: Vec<Box<dyn Shape>>,
}

fn main() {}
