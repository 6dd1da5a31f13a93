//@ compile-fail
//@ spec: 14.3
// `twin` copies its argument with `.clone()`, but T has no Clone bound.
fn twin<T>(x: T) -> (T, T) {
    let y = x.clone(); //~ ERROR E0599
    (x, y)
}

fn main() {
    let p = twin(4);
    println!("{} {}", p.0, p.1);
}
