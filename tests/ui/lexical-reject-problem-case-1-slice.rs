//@ compile-fail
//@ compile-flags: --borrowck=lexical
//@ spec: 21.2
// NLL RFC problem case #1: `slice` is dead after the call, but its scope is the block.
fn capitalize(data: &mut [char]) {
    for c in data.iter_mut() {
        *c = c.to_ascii_uppercase();
    }
}

fn main() {
    let mut data = vec!['a', 'b', 'c'];
    let slice = &mut data[..];
    capitalize(slice);
    data.push('d'); //~ ERROR E0499
    println!("{:?}", data); //~ ERROR E0502
}
