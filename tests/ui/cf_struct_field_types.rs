//@ compile-fail
//@ spec: 11.2 6.9
// A student fills struct fields with values of the wrong type: a float for an
// integer field, a string for a char, an integer for a bool.
struct Student {
    id: u32,
    grade: f64,
    initial: char,
    enrolled: bool,
}

fn main() {
    let s = Student {
        id: 3.5, //~ ERROR E0308
        grade: 90, //~ ERROR E0308
        initial: "A", //~ ERROR E0308
        enrolled: 1, //~ ERROR E0308
    };
    println!("{}", s.id);
}
