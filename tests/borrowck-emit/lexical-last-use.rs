//@ compile-flags: --borrowck=lexical
//@ spec: 21.7
// Under the lexical rule a loan lives to the end of the scope of the reference holding it:
// the bar of the loan in `first` runs past its last use.
fn main() {
    let mut v = vec![1, 2, 3];
    {
        let first = &v[0];
        println!("{}", first);
    }
    v.push(4);
    println!("{}", v.len());
}
