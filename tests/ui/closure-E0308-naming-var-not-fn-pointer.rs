//@ compile-fail
//@ spec: 20.13
// A closure that names an outer variable is no `fn` pointer, even when `let _ = s;`
// captures nothing of it (rustc asks which variables it mentions).
fn main() {
    let s = String::from("s");
    let f: fn() = || { //~ ERROR E0308
        let _ = s;
    };
    f();
}
