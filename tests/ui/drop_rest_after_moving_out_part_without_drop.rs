//@ run-pass
//@ spec: 12.7
// Moving a part that needs no drop (a non-Copy struct without a destructor) out of a
// struct, a tuple, a Box or an enum variant leaves the parts that do need dropping to be
// dropped where the whole dies, unconditionally or behind a drop flag.
struct Token(u8);
struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
struct Pair { token: Token, loud: Loud }
enum Either { Both(Token, Loud), Neither }
fn take(t: Token) { println!("took token {}", t.0); }
fn struct_case() {
    let p = Pair { token: Token(1), loud: Loud("struct") };
    take(p.token);
    println!("end of struct_case");
}
fn tuple_case() {
    let t = (Loud("tuple first"), Token(2), Loud("tuple last"));
    take(t.1);
    println!("end of tuple_case");
}
fn conditional_case(move_it: bool) {
    let p = Pair { token: Token(3), loud: Loud("conditional") };
    if move_it { take(p.token); }
    println!("end of conditional_case({})", move_it);
}
fn boxed_case() {
    let b = Box::new(Pair { token: Token(4), loud: Loud("boxed") });
    take(b.token);
    println!("end of boxed_case");
}
fn enum_case() {
    let e = Either::Both(Token(5), Loud("variant"));
    if let Either::Both(t, _) = e { take(t); }
    let _n = Either::Neither;
    println!("end of enum_case");
}
fn main() {
    struct_case();
    tuple_case();
    conditional_case(true);
    conditional_case(false);
    boxed_case();
    enum_case();
}
