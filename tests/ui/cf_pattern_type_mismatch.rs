//@ compile-fail
//@ spec: 11.10 6.9
// Patterns whose type does not match the scrutinee: a string literal against
// an integer, a variant of another enum, a tuple pattern of the wrong arity,
// a char range against a u8, and a struct pattern against a tuple.
enum Animal {
    Cat,
    Dog,
}

enum Plant {
    Tree,
    Bush,
}

struct Pos {
    x: i32,
    y: i32,
}

fn main() {
    let n = 3;
    match n {
        "three" => {} //~ ERROR E0308
        _ => {}
    }
    let a = Animal::Cat;
    match a {
        Animal::Cat => {}
        Plant::Tree => {} //~ ERROR E0308
        _ => {}
    }
    let t = (1, 2);
    match t {
        (x, y, z) => {} //~ ERROR E0308
    }
    let b: u8 = 65;
    match b {
        'a'..='z' => {} //~ ERROR E0308
        //~^ ERROR E0308
        _ => {}
    }
    let pair = (3, 4);
    let Pos { x, y } = pair; //~ ERROR E0308
}
