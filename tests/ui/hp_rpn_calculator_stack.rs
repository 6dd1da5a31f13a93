//@ spec: 17.6, 14.7, 13.5
// A reverse-Polish calculator: a Vec<i64> is the stack, pop() gives an Option turned
// into a Result with ok_or, and every failure is a variant of the error enum.
#[derive(Debug)]
enum CalcError {
    StackUnderflow(String),
    BadToken(String),
    DivByZero,
    Leftover(Vec<i64>),
}

fn pop2(stack: &mut Vec<i64>, op: &str) -> Result<(i64, i64), CalcError> {
    let b = stack.pop().ok_or(CalcError::StackUnderflow(op.to_string()))?;
    let a = stack.pop().ok_or(CalcError::StackUnderflow(format!("{} (needs two)", op)))?;
    Ok((a, b))
}

fn eval(src: &str) -> Result<i64, CalcError> {
    let mut stack: Vec<i64> = Vec::with_capacity(8);
    for tok in src.split_whitespace() {
        match tok {
            "+" | "-" | "*" | "/" => {
                let (a, b) = pop2(&mut stack, tok)?;
                let v = match tok {
                    "+" => a + b,
                    "-" => a - b,
                    "*" => a * b,
                    _ => {
                        if b == 0 {
                            return Err(CalcError::DivByZero);
                        }
                        a / b
                    }
                };
                stack.push(v);
            }
            "dup" => {
                let top = *stack.last().ok_or(CalcError::StackUnderflow(String::from("dup")))?;
                stack.push(top);
            }
            _ => {
                let n = tok.parse::<i64>().map_err(|_| CalcError::BadToken(tok.to_string()))?;
                stack.push(n);
            }
        }
    }
    let result = stack.pop().ok_or(CalcError::StackUnderflow(String::from("end")))?;
    if !stack.is_empty() {
        stack.push(result);
        return Err(CalcError::Leftover(stack));
    }
    Ok(result)
}

fn main() {
    let programs = ["3 4 + 2 *", "5 dup *", "1 2 3", "10 0 /", "4 +", "+", "2 x *", "", "100 7 - 3 /"];
    for p in programs.iter() {
        match eval(p) {
            Ok(v) => println!("{:<14} = {}", p, v),
            Err(e) => println!("{:<14} ! {:?}", p, e),
        }
    }
}
