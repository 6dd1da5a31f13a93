//@ compile-fail
//@ spec: 14.3, 14.8
// Comparing structs needs PartialEq/PartialOrd (derived or written); a type parameter needs
// the bound.
#[derive(Debug, Clone, Copy)]
struct Version {
    major: u32,
    minor: u32,
}

fn same<T>(a: T, b: T) -> bool {
    a == b //~ ERROR E0369
}

fn main() {
    let a = Version { major: 1, minor: 2 };
    let b = Version { major: 1, minor: 3 };
    if a == b { //~ ERROR E0369
        println!("equal");
    }
    if a < b { //~ ERROR E0369
        println!("older");
    }
    println!("{}", same(1, 2));
}
