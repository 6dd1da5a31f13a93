//@ compile-fail
//@ spec: 12.2
// `&mut x` and `&mut x.field` both need `x` declared `mut`; so does passing a field to a
// function taking `&mut`, and `&mut` of a variable reached through a shared reference.
struct Pos {
    x: i32,
    y: i32,
}

fn nudge(v: &mut i32) {
    *v += 1;
}

fn reset(p: &Pos) {
    nudge(&mut p.x); //~ ERROR E0596
}

fn main() {
    let total = 0;
    nudge(&mut total); //~ ERROR E0596
    let p = Pos { x: 1, y: 2 };
    let ry = &mut p.y; //~ ERROR E0596
    *ry = 5;
    let mut q = Pos { x: 3, y: 4 };
    nudge(&mut q.x);
    reset(&q);
    println!("{} {} {}", total, p.x, q.x);
}
