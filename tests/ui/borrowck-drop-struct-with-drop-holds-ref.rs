//@ compile-fail
//@ spec: 20.14
// A struct with a Drop impl uses its borrow when it is dropped at the end of the scope, so the
// borrowed value must outlive it (E0597), though the struct is not used after the block.
struct Logger<'a> { target: &'a Vec<i32> }
impl<'a> Drop for Logger<'a> {
    fn drop(&mut self) { println!("{}", self.target.len()); }
}
fn main() {
    let _log;
    {
        let v = vec![1, 2];
        _log = Logger { target: &v }; //~ ERROR E0597
    }
}
