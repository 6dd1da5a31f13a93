//@ run-pass
//@ spec: 20.3
// Lexical checker rejects: `hit` keeps `table` mutably borrowed to the end of the loop body.
fn main() {
    let mut table: Vec<(u8, u32)> = Vec::new();
    for k in [3u8, 1, 3, 3, 1, 2] {
        let hit = table.iter_mut().find(|e| e.0 == k);
        match hit {
            Some(e) => e.1 += 1,
            None => table.push((k, 1)),
        }
    }
    table.sort();
    println!("{:?}", table);
}
