//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// `hit` holds a `&mut` into `table` for the rest of the loop body.
fn main() {
    let mut table: Vec<(i32, i32)> = Vec::new();
    for k in [1, 2, 1] {
        let hit = table.iter_mut().find(|e| e.0 == k);
        if let Some(e) = hit {
            e.1 += 1;
            continue;
        }
        table.push((k, 1)); //~ ERROR E0499
    }
    println!("{:?}", table);
}
