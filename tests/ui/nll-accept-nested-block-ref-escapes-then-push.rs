//@ run-pass
//@ spec: 20.3
// A reference computed in a nested block and used right after is dead before a push.
// Lexical checker rejects: `picked` lives to the end of main, past the push.
fn main() {
    let mut names = vec![String::from("ann"), String::from("bob")];
    let picked = {
        let i = names.len() - 1;
        &names[i]
    };
    println!("picked {}", picked);
    names.push(String::from("cy"));
    println!("{:?}", names);
}
